import { describe, expect, it } from 'vitest';
import { seedFailure } from './failure.ts';

describe('the line the seed fails with', () => {
  it('says what to do when the database connection was lost', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(seedFailure(terminated)).toMatch(
      /^lost the connection to the database \(terminating connection .*\)\. .*run the seed again/,
    );
    expect(seedFailure(new Error('Connection terminated unexpectedly'))).toMatch(/^lost the connection/);
    expect(seedFailure(Object.assign(new Error('connect failed'), { code: 'ECONNREFUSED' }))).toMatch(
      /^lost the connection/,
    );
  });

  it('keeps any other error as it is, on one line', () => {
    expect(seedFailure(new Error('methods/x.sv.md: fältet "summary":\n Högst 300 tecken'))).toBe(
      'methods/x.sv.md: fältet "summary": Högst 300 tecken',
    );
    expect(seedFailure('plain')).toBe('plain');
  });

  it('names the lost connection when Strapi reported it as an error of its own', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(seedFailure(new Error('Invalid relations'), terminated)).toMatch(
      /^lost the connection to the database \(terminating connection .*\)\. .*run the seed again/,
    );
  });
});
