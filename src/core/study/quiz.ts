import { PASS_SHARE, type QuizQuestion } from './types'

/** How many answers are right (an answer per question, by option index), and whether that passes. */
export function scoreQuiz(quiz: readonly Required<QuizQuestion>[], answers: readonly number[]): { right: number; total: number; passed: boolean } {
  const right = quiz.filter((q, i) => answers[i] === q.answer).length
  return { right, total: quiz.length, passed: quiz.length > 0 && right >= Math.ceil(quiz.length * PASS_SHARE) }
}

/** The quiz as a deputy sees it: the questions and options, never the answers. */
export const quizForReader = (quiz: readonly QuizQuestion[]): QuizQuestion[] => quiz.map(({ q, options }) => ({ q, options }))
