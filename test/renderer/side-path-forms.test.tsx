import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import { fromDateTimeLocal, toDateTimeLocal } from '../../renderer/lib/zoned-time';
import { citationText } from '../../shared/sources/citation';
import { SidePathLine } from '../../renderer/screens/complaints/grading/SidePathLine';
import { i18n } from '../../renderer/i18n/i18n';
import { descriptionOf, detailOf, sampleComplaint, wangjg } from './fixtures';
import { actionsSent, openDetail } from './workflow-helpers';

const TZ = 'Asia/Shanghai';
const SOURCE = 'seed002 客户管理制度4 第七条(二), 第八条(一)(二), 第十一条(一)1–2';

describe('当场答复 form (seed002 客户管理制度4 第八条(一)(二), 第十一条(一)1–2)', () => {
  it('requires what was explained, defaults the answerer to the signed-in person and sends the record', async () => {
    const user = userEvent.setup();
    const { bridge } = await openDetail(detailOf(sampleComplaint, { actions: ['answerOnSpot', 'accept'] }), wangjg);
    expect(screen.getByTestId('action-answerOnSpot').textContent).toBe('当场答复');
    await user.click(screen.getByTestId('action-answerOnSpot'));
    await user.click(screen.getByTestId('action-submit'));
    expect(descriptionOf(screen.getByTestId('act-explanation'))).toBe('请填写向客户所作的解释说明');
    expect(actionsSent(bridge)).toEqual([]);
    await user.type(screen.getByTestId('act-explanation'), '解释了手续费标准');
    await user.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(actionsSent(bridge)).toHaveLength(1));
    const sent = actionsSent(bridge)[0]!.action;
    expect(sent).toMatchObject({ type: 'answerOnSpot', explanation: '解释了手续费标准', answeredById: wangjg.id, replyMethod: 'in_person' });
    expect(typeof sent.answeredAt).toBe('string');
  });
});

describe('当场答复 is offered only where the core offers it: the site’s pack declares it for the record’s kind and class', () => {
  beforeEach(() => void i18n.changeLanguage('zh-CN'));
  const inquiry = { ...sampleComplaint, kind: 'inquiry' as const, remedy: null };

  it('an enquiry the service company answers at once (seed004 §D 第五条 三): the button, and the record sent', async () => {
    const user = userEvent.setup();
    const { bridge } = await openDetail(detailOf(inquiry, { actions: ['answerOnSpot', 'accept', 'resolve'] }), wangjg);
    await user.click(screen.getByTestId('action-answerOnSpot'));
    await user.type(screen.getByTestId('act-explanation'), '当即解答：积分可在服务台兑换');
    await user.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(actionsSent(bridge)).toHaveLength(1));
    expect(actionsSent(bridge)[0]!.action).toMatchObject({ type: 'answerOnSpot', explanation: '当即解答：积分可在服务台兑换', answeredById: wangjg.id });
  });

  it('no button where the pack names none for the case (a 严重 complaint, a compensation, another kind)', async () => {
    await openDetail(detailOf({ ...sampleComplaint, classCode: 'serious' }, { actions: ['accept', 'markInvalid'] }), wangjg);
    expect(screen.getByTestId('action-accept')).toBeTruthy();
    expect(screen.queryByTestId('action-answerOnSpot')).toBeNull();
  });
});

describe('约定回复时限 form (第八条(三), 第十一条(一)3)', () => {
  it('requires the agreed time and how, and sends them', async () => {
    const user = userEvent.setup();
    const assigned: ComplaintDetail = detailOf({ ...sampleComplaint, status: 'assigned', version: 3 }, { validity: 'valid', actions: ['agreeReplyDeadline', 'log'] });
    const { bridge } = await openDetail(assigned, wangjg);
    await user.click(screen.getByTestId('action-agreeReplyDeadline'));
    await user.click(screen.getByTestId('action-submit'));
    expect(descriptionOf(screen.getByTestId('act-agreedBy'))).toBe('请选择约定方式');
    expect(actionsSent(bridge)).toEqual([]);
    const local = toDateTimeLocal(new Date(Date.now() + 86_400_000), TZ);
    await user.type(screen.getByTestId('act-dueAt'), local);
    await user.selectOptions(screen.getByTestId('act-agreedBy'), 'phone');
    await user.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(actionsSent(bridge)).toHaveLength(1));
    expect(actionsSent(bridge)[0]!.action).toMatchObject({ type: 'agreeReplyDeadline', dueAt: fromDateTimeLocal(local, TZ), agreedBy: 'phone' });
  });
});

describe('the clock line of a step met on the spot or agreed with the customer', () => {
  beforeEach(() => void i18n.changeLanguage('zh-CN'));
  it('says the reply limit was met by the on-the-spot answer, citing the source', () => {
    render(<SidePathLine step="reply" sidePaths={{ onTheSpot: { explanation: 'x', byName: '李梅', at: '2026-11-23T02:00:00.000Z', meets: ['reply'], source: SOURCE }, agreedReply: null }} />);
    expect(screen.getByTestId('side-path-reply').textContent).toBe(`已当场答复，本时限在答复时按时完成 · ${citationText(SOURCE, 'zh-CN')}`);
  });

  it('says so for the service company’s enquiry answered at once (seed004 §D 第五条 三), in both languages', async () => {
    const sidePaths = { onTheSpot: { explanation: 'x', byName: '李梅', at: '2026-11-23T02:00:00.000Z', meets: ['reply'], source: 'seed004 §D 第五条 三' }, agreedReply: null };
    const { unmount } = render(<SidePathLine step="reply" sidePaths={sidePaths} />);
    expect(screen.getByTestId('side-path-reply').textContent).toBe(`已当场答复，本时限在答复时按时完成 · ${citationText('seed004 §D 第五条 三', 'zh-CN')}`);
    unmount();
    await i18n.changeLanguage('en');
    render(<SidePathLine step="reply" sidePaths={sidePaths} />);
    expect(screen.getByTestId('side-path-reply').textContent).toBe(`Answered on the spot: this limit was met at the answer · ${citationText('seed004 §D 第五条 三', 'en')}`);
  });

  it('shows nothing for a manufacturer’s minor complaint, whose answer meets no limit (seed001 S4 sets none)', () => {
    render(<SidePathLine step="reply" sidePaths={{ onTheSpot: { explanation: 'x', byName: '李梅', at: '2026-11-23T02:00:00.000Z', meets: [], source: 'seed001 S4 6.2.2 a)' }, agreedReply: null }} />);
    expect(screen.queryByTestId('side-path-reply')).toBeNull();
  });

  it('says how and by whom a reply time was agreed, and nothing for other steps', () => {
    const agreedReply = { step: 'reply', dueAt: '2026-11-25T08:00:00.000Z', agreedBy: 'phone' as const, byName: '张伟', at: '2026-11-23T02:00:00.000Z', source: 'seed002 第八条(三)' };
    const { rerender } = render(<SidePathLine step="reply" sidePaths={{ onTheSpot: null, agreedReply }} />);
    expect(screen.getByTestId('side-path-reply').textContent).toBe(`与客户约定（电话，张伟记录） · ${citationText('seed002 第八条(三)', 'zh-CN')}`);
    rerender(<SidePathLine step="resolution" sidePaths={{ onTheSpot: null, agreedReply }} />);
    expect(screen.queryByTestId('side-path-resolution')).toBeNull();
  });
});
