import { quizForReader, scoreQuiz } from '../../src/core/study/quiz'

const quiz = Array.from({ length: 5 }, (_, i) => ({ q: `第 ${i + 1} 题`, options: ['甲', '乙', '丙'], answer: i % 3 }))

describe('a reading material’s quiz', () => {
  it('passes at four right of five (80%), not at three', () => {
    expect(scoreQuiz(quiz, [0, 1, 2, 0, 1])).toEqual({ right: 5, total: 5, passed: true })
    expect(scoreQuiz(quiz, [0, 1, 2, 0, 0])).toEqual({ right: 4, total: 5, passed: true })
    expect(scoreQuiz(quiz, [0, 1, 2, 2, 0])).toEqual({ right: 3, total: 5, passed: false })
  })

  it('rounds the pass mark up: two questions need both, three need three', () => {
    expect(scoreQuiz(quiz.slice(0, 2), [0, 2]).passed).toBe(false)
    expect(scoreQuiz(quiz.slice(0, 3), [0, 1, 0]).passed).toBe(false)
    expect(scoreQuiz(quiz.slice(0, 3), [0, 1, 2]).passed).toBe(true)
  })

  it('never hands a reader the answers', () => {
    expect(quizForReader(quiz)[0]).toEqual({ q: '第 1 题', options: ['甲', '乙', '丙'] })
    expect(JSON.stringify(quizForReader(quiz))).not.toContain('answer')
  })
})
