import { UID } from '../../../platform/constants';
import { readsAs } from '../../../platform/http/read-scope';

/** The sample flow and the follow-up list. Sorted before the core router so "follow-ups" is not read as an id. */
export default {
  routes: [
    { method: 'GET', path: '/samples/follow-ups', handler: 'sample-flow.followUps', config: readsAs(UID.sample) },
    { method: 'POST', path: '/samples/:documentId/status', handler: 'sample-flow.move' },
    { method: 'POST', path: '/samples/:documentId/feedback', handler: 'sample-flow.feedback' },
  ],
};
