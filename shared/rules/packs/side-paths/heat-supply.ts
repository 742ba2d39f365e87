import type { SidePaths } from '../../side-paths-schema';

const S = 'seed002 客户管理制度11'; // 供热单位 客户服务制度

/**
 * The heat-supply company's two measured judgements (issue 23 item 3): the notice after a stoppage (九(三))
 * and the room temperature's band chosen from the measuring time (七(一)).
 */
export const heatSupplyPaths: SidePaths = {
  stoppageNotice: {
    atLeastHours: 8,
    ways: ['notifyUsers', 'announcement'],
    roles: ['heat_station'],
    source: `${S} 九(三)`,
    choice: {
      zh: '“供热设施发生故障不能正常供热或者停热八小时以上的，供热站应当通知用户或进行公告”：停热时长由开始和恢复时间算出（未恢复时算到现在），“以上”包括本数（民法典第一千二百五十九条），满8小时即应通知；“发生故障不能正常供热”是供热站自己的判断，勾选后不论时长都应通知。原文没有给出通知的时限，所以只记录通知的时间、方式（通知用户或公告）和对象，并显示它与满8小时的先后。',
      en: '“供热设施发生故障不能正常供热或者停热八小时以上的，供热站应当通知用户或进行公告”: the length is computed from the stop and the restoration (to now while still off); 以上 includes the number (Civil Code art. 1259), so a notice is due at 8 hours exactly; “a fault stops normal supply” is the station’s own judgement and, ticked, makes a notice due whatever the length. The source sets no time for the notice, so its time, way (notify the users or a public notice) and audience are recorded and shown against the moment the 8 hours were reached.',
    },
  },
  roomTemperature: {
    from: '06:00',
    to: '21:00',
    minWithin: 18,
    minOutside: 16,
    utcOffsetMinutes: 480,
    source: `${S} 七(一)、(二)`,
    choice: {
      zh: '“早六时至二十一时的温度应当达到18℃以上，其它时间力争达到18℃，但最低不得低于16℃（楼房用户）”：楼房用户的标准按测温时间选定，06:00 至 21:00（含21:00这一分钟）不低于18℃，21:01 起为“其它时间”，不低于16℃（“力争”是目标，不判定）；按北京时间读取。平房用户（原文温度空缺）和非居民用户（七(二)）按合同约定的温度，测温时填写。',
      en: '“早六时至二十一时的温度应当达到18℃以上，其它时间力争达到18℃，但最低不得低于16℃（楼房用户）”: an apartment building’s standard is chosen from the measuring time: 06:00 to 21:00 (the minute of 21:00 included) at least 18 ℃, from 21:01 “other times” at least 16 ℃ (力争 is an aim, not judged); read on China Standard Time. Bungalows (the source leaves the number blank) and non-residential users (七(二)) are held to the contracted temperature, entered with the reading.',
    },
  },
};
