import { Text, View } from '@tarojs/components'
import { Button } from './button'
import { ROLE_LABELS } from '../core/identity/roles'
import { dueText, formatShanghai } from '../core/time'
import { EVENT_LABELS } from '../core/cases/transitions'
import type { CaseDetail, CaseEvent } from '../core/cases/types'
import { HELD_TEXT } from '../core/safety/types'
import { GRADES, SUGGESTION_STATES } from '../core/suggestions/states'
import { nav, openMap } from '../services/platform'
import { MediaGallery } from './media'
import { ReportButton } from './report-button'
import { StatusTag } from './status-tag'

/** 王建国答复, 区住房和城乡建设局退单, 系统关闭 … */
const eventTitle = (e: CaseEvent) =>
  e.type === 'submit' || e.type === 'overdue'
    ? EVENT_LABELS[e.type]
    : `${e.actorName || ROLE_LABELS[e.actorRole] || ''}${EVENT_LABELS[e.type] ?? '处理'}`

/**
 * The case as its resident and its handlers read it: the concern, then the timeline. A
 * follower may report (举报) the words its author showed.
 */
export function CaseDetailView({ detail, reportable = false }: { detail: CaseDetail; reportable?: boolean }) {
  const due = dueText(detail.dueAt, detail.overdue, new Date())
  const filedWith = detail.events.find((e) => e.type === 'submit')?.id
  const mediaOf = (eventId: string | undefined) => detail.media.filter((m) => m.eventId === eventId)
  return (
    <View>
      <View className='card'>
        <View className='row row--between'>
          <Text className='case-number'>{detail.number}</Text>
          <View className='row'>
            {due && <Text className={`tag due ${detail.overdue ? 'due--over' : ''}`}>{due}</Text>}
            <StatusTag status={detail.status} />
          </View>
        </View>
        <Text className='field-label'>类别</Text>
        <Text className='field-value'>{detail.category}</Text>
        <Text className='field-label'>诉求内容</Text>
        <Text className='field-value case-text'>{detail.text || '反映人未公开具体内容，您会收到它的每一步进展'}</Text>
        {reportable && detail.text && <ReportButton kind='case' id={detail.id} />}
        <MediaGallery items={mediaOf(filedWith)} />
        {detail.location && (
          <>
            <Text className='field-label'>位置</Text>
            <View className='row row--between'>
              <View className='place-chosen'>
                <Text className='field-value case-place'>{detail.location.name || '已标注位置'}</Text>
                {detail.location.address && <Text className='muted case-address'>{detail.location.address}</Text>}
              </View>
              <Button className='btn btn--ghost btn--small open-map' onClick={() => openMap({ ...detail.location!, name: detail.location!.name || '诉求位置', address: detail.location!.address ?? '' })}>
                查看地图
              </Button>
            </View>
          </>
        )}
        {detail.recordedFor && (
          <>
            <Text className='field-label'>代为登记</Text>
            <Text className='field-value recorded-for'>{`${detail.recordedFor.name}（${detail.recordedFor.claimed ? '本人已在小程序认领' : '等待本人凭短信认领'}）`}</Text>
          </>
        )}
        {detail.phone && (
          <>
            <Text className='field-label'>联系电话</Text>
            <Text className='field-value phone-number'>{detail.phone}</Text>
          </>
        )}
        <Text className='field-label'>接收</Text>
        <Text className='field-value case-receiver'>
          {[detail.deputyName, detail.stationName].filter(Boolean).join('，') || '人大常委会办公室'}
        </Text>
        {detail.suggestedDeputyName && (
          <>
            <Text className='field-label'>值班代表</Text>
            <Text className='field-value suggested-deputy'>{`${detail.suggestedDeputyName}（建议由其接待处理）`}</Text>
          </>
        )}
        {detail.departmentName && (
          <>
            <Text className='field-label'>承办部门</Text>
            <Text className='field-value'>{detail.departmentName}</Text>
          </>
        )}
        {detail.resultRating && (
          <>
            <Text className='field-label'>群众评价</Text>
            <Text className='field-value rating'>{`办理结果${detail.resultRating}，代表跟进${detail.followUpRating}`}</Text>
          </>
        )}
      </View>
      {(detail.suggestions ?? []).map((x) => (
        <View key={x.number} className='card case-suggestion'>
          <Text className='section-title'>已纳入代表建议</Text>
          <Text className='field-value case-suggestion__title'>{`${x.number}《${x.title}》`}</Text>
          <Text className='muted case-suggestion__status'>{`${SUGGESTION_STATES[x.status].label}${x.grade ? `：${x.grade} 类，${GRADES[x.grade]}` : ''}`}</Text>
          {x.answer && <Text className='field-value case-suggestion__answer'>{`答复：${x.answer}`}</Text>}
          <Button className='btn btn--ghost btn--small public-suggestions' onClick={() => nav.to(`/packages/suggestions/public/index?id=${x.id}`)}>
            查看这条代表建议
          </Button>
        </View>
      ))}
      <View className='card'>
        <Text className='section-title'>办理进度</Text>
        <View className='timeline'>
          {[...detail.events].reverse().map((e) => (
            <View key={e.id} className={`timeline__item timeline__item--${e.type}`}>
              <View className='row row--between'>
                <Text className='timeline__title'>
                  {eventTitle(e)}
                  {e.held && e.text !== HELD_TEXT && <Text className='tag tag--open held-tag'>审核中</Text>}
                </Text>
                <Text className='muted'>{formatShanghai(e.createdAt)}</Text>
              </View>
              {e.text && e.type !== 'submit' && <Text className='timeline__text'>{e.text}</Text>}
              {e.type !== 'submit' && <MediaGallery items={mediaOf(e.id)} />}
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}
