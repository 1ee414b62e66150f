import { ACTIVITY_KINDS } from '../../src/core/accountability/kinds'
import type { DutyFigures } from '../../src/core/accountability/types'
import { percentText } from '../../src/core/percent'
import { GRADES, type Grade } from '../../src/core/suggestions/states'

/** The year's 代表建议: how many led and joined, and how the answered ones were classed. */
function formalText(x: NonNullable<DutyFigures['formal']>): string {
  const grades = (Object.keys(GRADES) as Grade[]).filter((g) => x.grades[g]).map((g) => `${g} 类 ${x.grades[g]} 件`)
  return `领衔提出代表建议 ${x.led} 件、附议 ${x.joined} 件${x.answered ? `，已答复 ${x.answered} 件（${grades.join('、')}）` : '，尚未答复'}。`
}

/** A 述职's first draft, from the year's figures: the deputy edits it before publishing. */
export function draftText(name: string, year: number, f: DutyFigures): string {
  const kinds = ACTIVITY_KINDS.filter((k) => f.activities[k]).map((k) => `${k} ${f.activities[k]} 次`)
  const activities = Object.values(f.activities).reduce((s, n) => s + (n ?? 0), 0)
  return [
    `${name}代表${year}年度履职报告`,
    '',
    '一、联系群众、办理诉求',
    `${year}年，我通过“码上说事”共收到群众诉求 ${f.received} 件，当场答复 ${f.answered} 件，经人大派单交职能部门办理 ${f.dispatched} 件，已办结 ${f.resolved} 件；群众评价 ${f.rated} 件，满意（含基本满意）${f.satisfied} 件，满意率 ${percentText(f.satisfactionRate, '暂无')}。`,
    '',
    '二、履职活动',
    activities ? `全年经核实的履职活动 ${activities} 次：${kinds.join('、')}；提出意见建议 ${f.suggestions} 条。` : '全年暂无经核实的履职活动记录。',
    ...(f.formal && f.formal.led + f.formal.joined ? [formalText(f.formal)] : []),
    '',
    '三、履职积分',
    `全年履职积分 ${f.points} 分，评定为“${f.band}”。`,
    '',
    '四、存在的不足和下一步打算',
    '（请在这里填写）',
  ].join('\n')
}
