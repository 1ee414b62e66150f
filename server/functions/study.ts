import { studyEvent } from '../../src/core/study/schemas'
import { parseEvent, type FunctionHandler } from '../runtime/context'
import { materialList, materialView, saveMaterial, takeQuiz } from '../study/materials'
import { postList, publishPost, withdraw } from '../study/posts'

/** 学习宣传: what stations and the district publish for residents; the deputies' reading list and its quizzes. */
export const study: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(studyEvent, raw)
  switch (e.action) {
    case 'posts':
      return postList(ctx, e)
    case 'post':
      return publishPost(ctx, e)
    case 'withdraw':
      return withdraw(ctx, e)
    case 'materials':
      return materialList(ctx)
    case 'material':
      return materialView(ctx, e)
    case 'saveMaterial':
      return saveMaterial(ctx, e)
    case 'take':
      return takeQuiz(ctx, e)
  }
}
