import type { NoticeView } from '../../core/reception/views'
import { callFunction, PUBLIC } from './call'

/** `notices get`: the reception day a resident sends a question in for, with the district's categories (main package). */
export const getNotice = (id: string) => callFunction<NoticeView & { categories: string[] }>('notices', { action: 'get', id }, PUBLIC)
