import { denied, invalid, missing, type Catalogue } from '../domain-error'

/** 学习宣传: its coded failures (STUDY.*). */
export const studyErrors = {
  validation: {
    postStation: () => invalid('STUDY.STATION', '请选择本区的联络站，或发布为全区的宣传'),
    quizAnswers: () => invalid('STUDY.ANSWERS', '请回答每一道题'),
    quizAnswer: () => invalid('STUDY.QUIZ', '每道题要有 2 至 6 个选项，并标明正确答案'),
  },
  notFound: {
    post: () => missing('STUDY.POST_NOT_FOUND', '没有找到这条宣传，或它已撤下'),
    material: () => missing('STUDY.MATERIAL_NOT_FOUND', '没有找到这份学习材料'),
  },
  forbidden: {
    post: () => denied('STUDY.POST', '只有人大办和本站工作人员可以发布宣传'),
    materials: () => denied('STUDY.MATERIALS', '只有人大办可以维护学习材料'),
    reading: () => denied('STUDY.READING', '学习材料供本区代表和工作人员阅读'),
    quiz: () => denied('STUDY.QUIZ_DEPUTY', '只有在任代表参加学习测验'),
  },
} satisfies Catalogue
