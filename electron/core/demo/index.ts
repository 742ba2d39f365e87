/** The demo stores (井站, 营业网点, 服务中心: `--demo`, 载入示例数据)'s face: what the core's start-up and the session handlers import. */
export { DEMO_ADMIN_PASSWORD, DEMO_PIN } from './demo-credentials';
export { loadDemoData } from './demo-data';
