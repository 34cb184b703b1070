import type { Schema, Struct } from '@strapi/strapi';

export interface ContentCoordinates extends Struct.ComponentSchema {
  collectionName: 'components_content_coordinates';
  info: {
    description: 'En punkt p\u00E5 kartan (WGS 84)';
    displayName: 'Koordinater';
    icon: 'pinMap';
  };
  attributes: {
    lat: Schema.Attribute.Float &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 69.1;
          min: 55;
        },
        number
      >;
    lon: Schema.Attribute.Float &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 24.2;
          min: 10.9;
        },
        number
      >;
  };
}

export interface ContentLink extends Struct.ComponentSchema {
  collectionName: 'components_content_links';
  info: {
    description: 'En k\u00E4lla eller vidare l\u00E4sning';
    displayName: 'L\u00E4nk';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface ContentStep extends Struct.ComponentSchema {
  collectionName: 'components_content_steps';
  info: {
    description: 'Ett steg i en metod';
    displayName: 'Steg';
    icon: 'bulletList';
  };
  attributes: {
    body: Schema.Attribute.RichText & Schema.Attribute.Required;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface NetworkDecision extends Struct.ComponentSchema {
  collectionName: 'components_network_decisions';
  info: {
    description: 'Ett beslut som fattades p\u00E5 tr\u00E4ffen';
    displayName: 'Beslut';
    icon: 'feather';
  };
  attributes: {
    decision: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface NetworkExternalGuest extends Struct.ComponentSchema {
  collectionName: 'components_network_external_guests';
  info: {
    description: 'Organisation och roll, aldrig namn';
    displayName: 'Extern g\u00E4st';
    icon: 'user';
  };
  attributes: {
    organisation: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    role: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface NetworkGoalFollowUp extends Struct.ComponentSchema {
  collectionName: 'components_network_goal_follow_ups';
  info: {
    description: 'Hur en m\u00E5lbild stod vid en tr\u00E4ff';
    displayName: 'Uppf\u00F6ljning av m\u00E5l';
    icon: 'check';
  };
  attributes: {
    comment: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    goal: Schema.Attribute.Relation<'manyToOne', 'api::goal.goal'>;
    goalStatus: Schema.Attribute.Enumeration<
      [
        'ej p\u00E5b\u00F6rjad',
        'p\u00E5 v\u00E4g',
        'st\u00E5r still',
        'uppn\u00E5dd',
      ]
    > &
      Schema.Attribute.Required;
    measuredValue: Schema.Attribute.Float;
  };
}

export interface NetworkIndicator extends Struct.ComponentSchema {
  collectionName: 'components_network_indicators';
  info: {
    description: 'Vad en m\u00E5lbild m\u00E4ter och m\u00E5lv\u00E4rdet';
    displayName: 'Indikator';
    icon: 'chartCircle';
  };
  attributes: {
    measure: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    measuredFrom: Schema.Attribute.Enumeration<
      ['servicesamordnare', 'aktuell serviceplan']
    >;
    targetDate: Schema.Attribute.Date;
    targetValue: Schema.Attribute.Float & Schema.Attribute.Required;
    unit: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'content.coordinates': ContentCoordinates;
      'content.link': ContentLink;
      'content.step': ContentStep;
      'network.decision': NetworkDecision;
      'network.external-guest': NetworkExternalGuest;
      'network.goal-follow-up': NetworkGoalFollowUp;
      'network.indicator': NetworkIndicator;
    }
  }
}
