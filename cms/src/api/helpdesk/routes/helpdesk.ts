// The helpdesk's two public doors. They are open without a role permission on purpose: the form
// posts a question (validated, rate-limited, never readable back), and the FAQ serves only the
// anonymised text and answer of questions an editor has published.
export default {
  routes: [
    {
      method: 'POST',
      path: '/helpdesk/questions',
      handler: 'helpdesk.submit',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/helpdesk/faq',
      handler: 'helpdesk.faq',
      config: { auth: false },
    },
  ],
};
