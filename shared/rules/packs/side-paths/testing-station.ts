import type { SidePaths } from '../../side-paths-schema';

const S = 'seed002 客户管理制度6'; // 监测站 客户投诉（申诉）处理

/** The testing station's re-test on the original sample by two persons and the withdrawal of a wrong report (2.2.2–2.2.5). */
export const testingStationPaths: SidePaths = {
  reportRetest: {
    testers: 2,
    reportField: 'reportNo',
    roles: ['tech_office'],
    testerRoles: ['testing_staff', 'tech_office'],
    approverRoles: ['authorised_signatory'],
    classes: ['monitoring-data', 'urgent-appeal'],
    source: `${S} 2.2.2–2.2.4`,
    withdrawalSource: `${S} 2.2.5`,
    choice: {
      zh: '“如需复检，由技术业务室将样品密码编号”“复检样品以原样为准”“复检时应由两人同时测试”（2.2.2–2.2.4）：复检记录样品的密码编号（必填，说明复检的是哪一份原样）、两名不同的测试人员和测试时间；采样或运输有误须重新采样时（2.2.3），记录为重新采样并写明原因。复检针对的报告取受理时登记的检测报告编号。原检验结果正确时维持原报告；“如原检验结果确实有误，报授权签字人批准，由技术业务室收回原报告，加盖作废章，出具正确的检验报告”（2.2.5）：只有证实原结果有误的复检才能收回作废，并记录原因、批准的授权签字人、时间和更正报告的编号。测试人员对应“有关室和检验人员”或技术业务室。',
      en: '“如需复检，由技术业务室将样品密码编号”, “复检样品以原样为准”, “复检时应由两人同时测试” (2.2.2–2.2.4): a re-test records the sample’s code (required: it says which original sample was re-tested), two different testers and when; where sampling or transport was wrong and a new sample is taken (2.2.3), it is recorded as re-sampled with the reason. The report re-tested is the one whose number was registered at intake. A correct original stands; “如原检验结果确实有误，报授权签字人批准，由技术业务室收回原报告，加盖作废章，出具正确的检验报告” (2.2.5): only a re-test that proved the original wrong lets it be withdrawn and voided, recorded with the reason, the approving authorised signatory, the time and the corrected report’s number. Testers are the laboratories’ testing staff or the technical business office.',
    },
  },
};
