import type { ShownCode } from '../../core/scene'
import type { legislationEvent } from '../../core/legislation/schemas'
import type { CommentItem, ConsultationItem, ConsultationView, DraftFigures, ExpertItem, FinalAlignment, OpinionItem, PointFigures } from '../../core/legislation/types'
import type { ExportResult } from '../../core/stats/exports'
import { callFunction, type Args } from './call'

type A<K extends string> = Args<typeof legislationEvent, K>
type Page<T> = { items: T[]; cursor?: string }
const act = <K extends string>(action: K) => (e: A<K>) => callFunction<ConsultationView>('legislation', { action, ...e })

/** 基层立法联系点: draft laws read and commented on article by article (subpackages only). */
export const createConsultation = act('create')
export const editArticles = act('editArticles')
export const publishConsultation = act('publish')
export const closeConsultation = act('close')
export const getConsultation = act('get')
export const commentOn = act('comment')
export const consultations = (cursor?: string, stationCode?: string) => callFunction<Page<ConsultationItem>>('legislation', { action: 'list', cursor, ...(stationCode ? { stationCode } : {}) })
export const consultationComments = (e: A<'comments'>) => callFunction<Page<CommentItem>>('legislation', { action: 'comments', ...e })
export const contactPoints = () => callFunction<{ items: { code: string; name: string }[] }>('legislation', { action: 'points' })
export const commentFor = (e: A<'commentFor'>) => callFunction<{ id: string }>('legislation', { action: 'commentFor', ...e })
export const writeOpinion = (e: A<'opinion'>) => callFunction<{ items: OpinionItem[] }>('legislation', { action: 'opinion', ...e })
export const skipComment = (e: A<'skip'>) => callFunction<{ id: string; skipped: string }>('legislation', { action: 'skip', ...e })
export const opinionsOf = (id: string) => callFunction<{ items: OpinionItem[] }>('legislation', { action: 'opinions', id })
export const submission = (e: A<'submission'>) => callFunction<ExportResult>('legislation', { action: 'submission', ...e })
export const loadFinal = (e: A<'final'>) => callFunction<FinalAlignment>('legislation', { action: 'final', ...e })
export const markOpinion = (e: A<'mark'>) => callFunction<{ items: OpinionItem[] }>('legislation', { action: 'mark', ...e })
export const notifyCommenters = (id: string) => callFunction<{ notified: number }>('legislation', { action: 'notify', id })
export const experts = () => callFunction<{ items: ExpertItem[] }>('legislation', { action: 'experts' })
export const saveExpert = (e: A<'saveExpert'>) => callFunction<{ items: ExpertItem[] }>('legislation', { action: 'saveExpert', ...e })
export const followConsultation = (e: A<'follow'>) => callFunction<{ following: boolean }>('legislation', { action: 'follow', ...e })
export const publishSummary = (e: A<'summary'>) => callFunction<{ at: string }>('legislation', { action: 'summary', ...e })
export const exportComments = (id: string) => callFunction<ExportResult>('legislation', { action: 'commentsExport', id })
export const pointFigures = (year: number) => callFunction<{ items: PointFigures[] }>('legislation', { action: 'figures', year })
export const draftFigures = (id: string) => callFunction<DraftFigures>('legislation', { action: 'draftFigures', id })
export const consultationQr = (id: string) => callFunction<ShownCode>('legislation', { action: 'qr', id })
