import type { studyEvent } from '../../core/study/schemas'
import type { MaterialItem, MaterialView, PostItem, QuizResult } from '../../core/study/types'
import { callFunction, type Args } from './call'

type A<K extends string> = Args<typeof studyEvent, K>

/** 学习宣传: publicity items and the deputies' reading list (subpackages only). */
export const studyPosts = (cursor?: string, stationCode?: string) => callFunction<{ items: PostItem[]; cursor?: string }>('study', { action: 'posts', cursor, ...(stationCode ? { stationCode } : {}) })
export const publishPost = (e: A<'post'>) => callFunction<{ id: string }>('study', { action: 'post', ...e })
export const withdrawPost = (id: string) => callFunction<{ withdrawn: true }>('study', { action: 'withdraw', id })
export const studyMaterials = () => callFunction<{ items: MaterialItem[] }>('study', { action: 'materials' })
export const studyMaterial = (id: string) => callFunction<MaterialView>('study', { action: 'material', id })
export const saveMaterial = (e: A<'saveMaterial'>) => callFunction<MaterialView>('study', { action: 'saveMaterial', ...e })
export const takeQuiz = (e: A<'take'>) => callFunction<QuizResult>('study', { action: 'take', ...e })
