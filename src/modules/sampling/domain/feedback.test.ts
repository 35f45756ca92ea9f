import { feedbackSteps } from './feedback';

describe('customer feedback on a sample', () => {
  it('a judgement on a sent sample confirms its receipt first', () => {
    expect(feedbackSteps('sent', 'approved', null)).toEqual({ steps: ['received', 'approved'], failures: [] });
    expect(feedbackSteps('received', 'approved', null)).toEqual({ steps: ['approved'], failures: [] });
  });

  it('confirming receipt is idempotent', () => {
    expect(feedbackSteps('sent', 'received', null).steps).toEqual(['received']);
    expect(feedbackSteps('received', 'received', null)).toEqual({ steps: [], failures: [] });
  });

  it('rejections and comments need the comments', () => {
    expect(feedbackSteps('received', 'rejected', '  ').failures.map((f) => f.rule)).toEqual(['feedback-comments']);
    expect(feedbackSteps('received', 'commented', 'sleeve 1 cm short').steps).toEqual(['commented']);
  });

  it('refuses unsent samples and rounds already answered', () => {
    expect(feedbackSteps('photographed', 'approved', null).failures.map((f) => f.rule)).toEqual(['sample-not-sent']);
    expect(feedbackSteps('approved', 'commented', 'x').failures.map((f) => f.rule)).toEqual(['sample-already-judged']);
  });
});
