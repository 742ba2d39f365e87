import type { ChecklistTemplateInput } from '../template-schema';

const S = 'seed004 §A'; // 煤矿安全生产标准化管理体系考核定级办法(试行), 2020

const yes = (zh: string, en: string) => ({ zh, en });

/**
 * The coal-mine standardisation grade self-assessment (seed004 §A 第四、五条).
 *
 * Parts: the 办法 grades on "加权得分及各部分得分" of 《管理体系》 (第三条) but
 * names neither its parts nor their weights. The four elements "管理、装备、
 * 素质、系统" of 第一条 are a principle to weigh equally, not the parts, so
 * they are not used: the mine enters each part of its 《管理体系》 scoring
 * with its weight and score, and nothing is invented.
 * Vetoes: the 7 of 一级 and 4 of 二级 (第五条), asked once where the two lists
 * share a condition (单班限员, 黑名单) and the accident condition computed from
 * the accident dates and classes; the 第四条 basic conditions (listed in
 * 《管理体系》总则, not in the source) as one declaration vetoing every grade;
 * and the application bans of 第七条(三) and 第十一条(五).
 */
export const coalMineGradingTemplate: ChecklistTemplateInput = {
  id: 'coal-mine-grading',
  version: '1.0.0',
  kind: 'assessment',
  title: { zh: '煤矿安全生产标准化管理体系等级自评表', en: 'Coal-mine safety-production standardisation: grade self-assessment' },
  source: `${S} 第四、五条`,
  schedule: { kind: 'quarterly', source: `${S} 第十一条(六) 每季度至少组织开展1次全面的自查` },
  signers: [yes('填表人', 'Filled in by'), yes('站长', 'Station lead'), yes('审核人', 'Reviewed by')],
  grades: [
    { code: 'level1', label: yes('一级', 'Level 1'), source: `${S} 第五条 一级`, minTotal: 90, minEachPart: 90 },
    { code: 'level2', label: yes('二级', 'Level 2'), source: `${S} 第五条 二级`, minTotal: 80, minEachPart: 80 },
    { code: 'level3', label: yes('三级', 'Level 3'), source: `${S} 第五条 三级`, minTotal: 70, minEachPart: 70 },
  ],
  computedVetoes: [
    {
      kind: 'accidentCoolOff',
      source: `${S} 第五条 一级2、二级2`,
      accidentsItemId: 'fatal-accidents',
      dateColumnId: 'date',
      classColumnId: 'class',
      assessedOnItemId: 'assessed-on',
      periods: [
        { grade: 'level1', accidentClass: 'general', months: 12, source: `${S} 第五条 一级2 一般事故未满1年` },
        { grade: 'level1', accidentClass: 'larger', months: 24, source: `${S} 第五条 一级2 较大及重大事故未满2年` },
        { grade: 'level1', accidentClass: 'major', months: 24, source: `${S} 第五条 一级2 较大及重大事故未满2年` },
        { grade: 'level1', accidentClass: 'especially-major', months: 36, source: `${S} 第五条 一级2 特别重大事故未满3年` },
        { grade: 'level2', accidentClass: 'general', months: 6, source: `${S} 第五条 二级2 一般事故未满半年` },
        { grade: 'level2', accidentClass: 'larger', months: 12, source: `${S} 第五条 二级2 较大及重大事故未满1年` },
        { grade: 'level2', accidentClass: 'major', months: 12, source: `${S} 第五条 二级2 较大及重大事故未满1年` },
        { grade: 'level2', accidentClass: 'especially-major', months: 36, source: `${S} 第五条 二级2 特别重大事故未满3年` },
      ],
    },
  ],
  sections: [
    {
      id: 'mine',
      title: yes('煤矿及申报', 'Mine and application'),
      source: `${S} 第七条(一)`,
      items: [
        { id: 'mine-name', kind: 'text', label: yes('煤矿名称', 'Mine'), source: `${S} 第七条(一)`, required: true },
        {
          id: 'mine-type',
          kind: 'choice',
          label: yes('煤矿类型', 'Type of mine'),
          source: `${S} 第五条 一级1、5、7`,
          required: true,
          options: [
            { value: 'underground', label: yes('井工煤矿', 'Underground mine') },
            { value: 'open-pit', label: yes('露天煤矿', 'Open-pit mine') },
          ],
        },
        {
          id: 'applied-level',
          kind: 'choice',
          label: yes('拟申报等级', 'Level applied for'),
          source: `${S} 第七条(一) 依拟申报的等级`,
          options: [
            { value: 'level1', label: yes('一级', 'Level 1') },
            { value: 'level2', label: yes('二级', 'Level 2') },
            { value: 'level3', label: yes('三级', 'Level 3') },
          ],
        },
        {
          id: 'assessed-on',
          kind: 'date',
          label: yes('自评日期', 'Date of the self-assessment'),
          hint: yes('事故“未满1年”等期限计算至此日', 'The accident periods (“未满1年” …) are counted to this date'),
          source: `${S} 第五条 一级2、二级2 自事故发生之日起`,
          required: true,
        },
      ],
    },
    {
      id: 'parts',
      title: yes('各部分得分', 'Part scores'),
      source: `${S} 第三条、第五条 加权得分及各部分得分`,
      items: [
        {
          id: 'part-scores',
          kind: 'table',
          label: yes('《管理体系》各部分得分及权重', 'Parts of 《管理体系》 with their weights and scores'),
          hint: yes(
            '本办法未列出《管理体系》的部分及权重：按《管理体系》评分方法逐部分录入；加权得分 = Σ(权重×得分)/Σ权重',
            'The 办法 does not list the parts or weights of 《管理体系》: enter each part from its scoring method; weighted total = Σ(weight × score) / Σ weight',
          ),
          source: `${S} 第三条、第五条`,
          required: true,
          enteredParts: { name: 'name', weight: 'weight', score: 'score' },
          columns: [
            { id: 'name', kind: 'text', label: yes('部分', 'Part'), source: `${S} 第五条 各部分得分`, required: true },
            { id: 'weight', kind: 'number', label: yes('权重', 'Weight'), source: `${S} 第五条 加权得分`, required: true, min: 0 },
            { id: 'score', kind: 'number', label: yes('得分', 'Score'), unit: '分', source: `${S} 第五条 各部分得分`, required: true, min: 0, max: 100 },
          ],
        },
      ],
    },
    {
      id: 'basic-conditions',
      title: yes('基本条件', 'Basic conditions'),
      source: `${S} 第四条`,
      items: [
        {
          id: 'basic-condition-missing',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('有《管理体系》总则设定的基本条件不具备', 'Some basic condition set in the General Provisions of 《管理体系》 is not met'),
          hint: yes('有任何一条不具备的，不得被确认为达标煤矿（基本条件见《管理体系》总则）', 'Any one missing: the mine cannot be confirmed as up to standard (the conditions are in 《管理体系》’s General Provisions)'),
          source: `${S} 第四条`,
          required: true,
          vetoes: ['level1', 'level2', 'level3'],
        },
      ],
    },
    {
      id: 'exclusions',
      title: yes('否决情形', 'Exclusion conditions'),
      source: `${S} 第五条`,
      items: [
        {
          id: 'over-headcount',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('井工煤矿井下单班作业人数超过有关限员规定', 'Underground: persons on a single shift exceed the headcount limit'),
          source: `${S} 第五条 一级1、二级1`,
          required: true,
          showIf: { itemId: 'mine-type', equals: 'underground' },
          vetoes: ['level1', 'level2'],
        },
        {
          id: 'had-fatal-accident',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('近3年发生生产安全死亡事故', 'A fatal production-safety accident in the last 3 years'),
          hint: yes('3年为本条最长期限（特别重大事故）', '3 years is the longest period of the condition (especially major accident)'),
          source: `${S} 第五条 一级2、二级2`,
          required: true,
          correctiveAction: false,
        },
        {
          id: 'fatal-accidents',
          kind: 'table',
          label: yes('生产安全死亡事故', 'Fatal production-safety accidents'),
          hint: yes('自事故发生之日起计算；一级：一般未满1年、较大及重大未满2年、特别重大未满3年；二级：一般未满半年、较大及重大未满1年、特别重大未满3年', 'Counted from the accident date; Level 1: general <1 y, larger/major <2 y, especially major <3 y; Level 2: general <½ y, larger/major <1 y, especially major <3 y'),
          source: `${S} 第五条 一级2、二级2`,
          required: true,
          showIf: { itemId: 'had-fatal-accident', equals: true },
          columns: [
            { id: 'date', kind: 'date', label: yes('事故发生日期', 'Date of the accident'), source: `${S} 第五条 一级2 自事故发生之日起`, required: true },
            {
              id: 'class',
              kind: 'choice',
              label: yes('事故等级', 'Class of accident'),
              source: `${S} 第五条 一级2`,
              required: true,
              options: [
                { value: 'general', label: yes('一般事故', 'General accident') },
                { value: 'larger', label: yes('较大事故', 'Larger accident') },
                { value: 'major', label: yes('重大事故', 'Major accident') },
                { value: 'especially-major', label: yes('特别重大事故', 'Especially major accident') },
              ],
            },
          ],
        },
        {
          id: 'failed-level1-inspection',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('安全生产标准化管理体系一级检查考核未通过，自考核定级部门检查之日起未满1年', 'Failed a Level-1 inspection less than 1 year after the grading department’s inspection'),
          source: `${S} 第五条 一级3`,
          required: true,
          vetoes: ['level1'],
        },
        {
          id: 'downgraded-within-year',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('因管理滑坡或存在重大事故隐患且组织生产被降级或撤消等级未满1年', 'Downgraded or revoked less than 1 year ago for management decline or producing with a major accident hazard'),
          source: `${S} 第五条 一级4`,
          required: true,
          vetoes: ['level1'],
        },
        {
          id: 'open-pit-contracting',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('露天煤矿采煤对外承包', 'Open pit: coal mining contracted out'),
          source: `${S} 第五条 一级5`,
          required: true,
          showIf: { itemId: 'mine-type', equals: 'open-pit' },
          vetoes: ['level1'],
        },
        // “2家(不含)以上”: the source states a number, so the form asks the count and the veto is computed (more than 2).
        {
          id: 'stripping-contractors',
          kind: 'number',
          label: yes('剥离工程承包给的施工单位数', 'Contractors the stripping work is contracted to'),
          unit: '家',
          min: 0,
          source: `${S} 第五条 一级5`,
          required: true,
          showIf: { itemId: 'mine-type', equals: 'open-pit' },
        },
        {
          id: 'stripping-over-two',
          kind: 'yesNo',
          label: yes('将剥离工程承包给2家(不含)以上施工单位', 'Stripping contracted to more than 2 contractors'),
          source: `${S} 第五条 一级5`,
          showIf: { itemId: 'mine-type', equals: 'open-pit' },
          vetoes: ['level1'],
          failsOn: 'yes',
          computed: { kind: 'count', itemId: 'stripping-contractors', op: 'gt', value: 2 },
        },
        {
          id: 'blacklisted',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('被列入安全生产“黑名单”或在安全生产联合惩戒期内', 'On the safety-production “blacklist” or within a joint-punishment period'),
          source: `${S} 第五条 一级6、二级4`,
          required: true,
          vetoes: ['level1', 'level2'],
        },
        {
          id: 'dispatch-workers',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('井下违规使用劳务派遣工', 'Illegal use of labour-dispatch workers underground'),
          source: `${S} 第五条 一级7`,
          required: true,
          showIf: { itemId: 'mine-type', equals: 'underground' },
          vetoes: ['level1'],
        },
        {
          id: 'revoked-within-half-year',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('因存在重大事故隐患且组织生产被撤消等级未满半年', 'Level revoked less than half a year ago for producing with a major accident hazard'),
          source: `${S} 第五条 二级3`,
          required: true,
          vetoes: ['level2'],
        },
      ],
    },
    {
      id: 'application-bans',
      title: yes('申报限制', 'Application bans'),
      source: `${S} 第七条(三)、第十一条(五)`,
      items: [
        {
          id: 'fraud-within-year',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('因自评材料弄虚作假被认定不达标未满1年', 'Found not up to standard for falsified self-evaluation less than 1 year ago'),
          hint: yes('1年内不得申报二级以上等级', 'No application for Level 2 or above for 1 year'),
          source: `${S} 第七条(三)`,
          required: true,
          vetoes: ['level1', 'level2'],
        },
        {
          id: 'spot-check-downgraded',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('抽查中被降级未满1年', 'Downgraded in a spot check less than 1 year ago'),
          hint: yes('被降级的煤矿1年内不受理一级等级申请（原文见于直接延期一级煤矿的重点抽查）', 'No Level-1 application accepted for 1 year (stated for the spot checks of directly extended Level-1 mines)'),
          source: `${S} 第十一条(五)`,
          required: true,
          vetoes: ['level1'],
        },
        {
          id: 'spot-check-revoked',
          kind: 'yesNo',
          failsOn: 'yes', // the label states the excluding condition: "yes" means it is present
          label: yes('抽查中被撤消等级未满2年', 'Level revoked in a spot check less than 2 years ago'),
          hint: yes('被撤消等级的煤矿2年内不受理一级等级申请（原文见于直接延期一级煤矿的重点抽查）', 'No Level-1 application accepted for 2 years (stated for the spot checks of directly extended Level-1 mines)'),
          source: `${S} 第十一条(五)`,
          required: true,
          vetoes: ['level1'],
        },
      ],
    },
  ],
};
