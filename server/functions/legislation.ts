import { legislationEvent } from '../../src/core/legislation/schemas'
import { commentList, commentOn } from '../legislation/commenting'
import { closeConsultation, contactPoints, createConsultation, editArticles, publishConsultation, setPoint } from '../legislation/managing'
import { consultationList, consultationView } from '../legislation/reading'
import { loadFinal, markOne, notifyCommenters } from '../legislation/feedback'
import { commentFor, opinionList, skipOne, writeOpinion } from '../legislation/opinions'
import { writeSubmission } from '../legislation/submission'
import { exportComments } from '../legislation/comments-export'
import { expertList, saveExpert } from '../legislation/experts'
import { consultationQr, figuresOfDraft, followDraft, publishSummary, yearFigures } from '../legislation/participation'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** 基层立法联系点: draft laws split into articles, read and commented on by residents, their comments read by the contact points' team. */
export const legislation: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(legislationEvent, raw)
  switch (e.action) {
    case 'create':
      return createConsultation(ctx, e)
    case 'editArticles':
      return editArticles(ctx, e)
    case 'publish':
      return publishConsultation(ctx, e)
    case 'close':
      return closeConsultation(ctx, e)
    case 'list':
      return consultationList(ctx, e)
    case 'get':
      return consultationView(ctx, { id: e.id, code: e.code })
    case 'comment':
      return commentOn(ctx, e)
    case 'comments':
      return commentList(ctx, e)
    case 'commentFor':
      return commentFor(ctx, e)
    case 'opinion':
      return writeOpinion(ctx, e)
    case 'skip':
      return skipOne(ctx, e)
    case 'opinions':
      return opinionList(ctx, e)
    case 'submission':
      return writeSubmission(ctx, e)
    case 'final':
      return loadFinal(ctx, e)
    case 'mark':
      return markOne(ctx, e)
    case 'notify':
      return notifyCommenters(ctx, e)
    case 'points':
      return contactPoints(ctx)
    case 'setPoint':
      return setPoint(ctx, e)
    case 'experts':
      return expertList(ctx)
    case 'saveExpert':
      return saveExpert(ctx, e)
    case 'follow':
      return followDraft(ctx, e)
    case 'summary':
      return publishSummary(ctx, e)
    case 'commentsExport':
      return exportComments(ctx, e)
    case 'figures':
      return yearFigures(ctx, e)
    case 'draftFigures':
      return figuresOfDraft(ctx, e)
    case 'qr':
      return consultationQr(ctx, e)
  }
}
