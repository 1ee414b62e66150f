import { keepsMaterials, readsMaterials, takesQuiz } from '../../src/core/study/access'
import { quizForReader, scoreQuiz } from '../../src/core/study/quiz'
import type { StudyEvent } from '../../src/core/study/schemas'
import type { MaterialItem, MaterialView, QuizResult } from '../../src/core/study/types'
import { errors } from '../../src/core/errors'
import type { FnContext } from '../runtime/context'
import { insertMaterial, materialRow, materialsOf, recordPass } from './materials-repository'

type Of<A extends StudyEvent['action']> = Extract<StudyEvent, { action: A }>

async function reader(ctx: FnContext) {
  const user = await ctx.requireUser()
  if (!readsMaterials(user)) throw errors.forbidden.reading()
  return user
}

/** `study materials` (the district's deputies, office and staff): the reading list; a deputy sees which quizzes they passed. */
export async function materialList(ctx: FnContext): Promise<{ items: MaterialItem[] }> {
  const user = await reader(ctx)
  return { items: await materialsOf(ctx.services.db, user.districtId!, user.deputyId) }
}

/** `study material`: one material to read with its quiz; the answers only for the office that keeps it. */
export async function materialView(ctx: FnContext, e: Of<'material'>): Promise<MaterialView> {
  const user = await reader(ctx)
  const m = await materialRow(ctx.services.db, e.id, user.deputyId)
  if (!m || m.districtId !== user.districtId) throw errors.notFound.material()
  const { districtId: _d, quiz, ...rest } = m
  return { ...rest, quiz: keepsMaterials(user) ? quiz : quizForReader(quiz) }
}

/** `study saveMaterial` (the office): a law or training material on the deputies' reading list, with its quiz. */
export async function saveMaterial(ctx: FnContext, e: Of<'saveMaterial'>): Promise<MaterialView> {
  const user = await ctx.requireUser()
  if (!keepsMaterials(user)) throw errors.forbidden.materials()
  const id = await insertMaterial(ctx.services.db, { districtId: user.districtId!, kind: e.kind, title: e.title, body: e.body, link: e.link ?? null, quiz: e.quiz, by: user.id })
  return materialView(ctx, { action: 'material', id })
}

/**
 * `study take` (a deputy): the quiz answered, one answer per question; passed (at least 80% right),
 * it is a 培训学习 item of the deputy's record, once per material, on the day first passed.
 */
export async function takeQuiz(ctx: FnContext, e: Of<'take'>): Promise<QuizResult> {
  const user = await ctx.requireUser()
  if (!takesQuiz(user)) throw errors.forbidden.quiz()
  const { db } = ctx.services
  const m = await materialRow(db, e.id, user.deputyId)
  if (!m || m.districtId !== user.districtId) throw errors.notFound.material()
  if (e.answers.length !== m.quiz.length) throw errors.validation.quizAnswers()
  const score = scoreQuiz(m.quiz, e.answers)
  const passedAt = score.passed ? await recordPass(db, m.id, user.deputyId!, score.right) : m.passedAt
  return { ...score, passedAt }
}
