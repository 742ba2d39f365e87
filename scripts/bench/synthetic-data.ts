// The words the benches make their synthetic complaints from, one copy for all of them: a
// store filled by one bench reads like a store filled by another, and search terms drawn
// from one (bench:store) are the same words another writes.

export const PLACES = ['村道', '站外', '管线', '计量间', '营业厅', '门口', '阀室', '井场'];
export const TROUBLES = ['噪声大', '有异味', '漏水', '停气', '估抄', '态度差', '到场慢', '压力不足', '账单错误', '占道'];
export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];
export const GIVEN = ['桂芳', '德明', '晓燕', '志强', '丽', '洋', '建国', '伟', '敏', '静'];

/** The i-th complaint's text: two places and troubles and a count, about 40 characters. */
export function contentOf(i: number): string {
  return `${PLACES[i % 8]}${TROUBLES[(i >> 3) % 10]}，${PLACES[(i >> 5) % 8]}${TROUBLES[(i >> 7) % 10]}，第${i % 97}次反映，要求尽快处理并答复。`;
}

/** The i-th customer's name: surname, given name and a number, so a thousand customers repeat. */
export function customerNameOf(i: number): string {
  return `${SURNAMES[i % 10]}${GIVEN[(i >> 4) % 10]}${i % 1000}`;
}
