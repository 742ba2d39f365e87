import { rulePackSchema, type RulePack } from '../pack-schema';
import { bankOutletPack, bankOutletPackV100, bankOutletPackV110 } from './bank-outlet';
import { foodMakerP1Pack, foodMakerP1PackV100, foodMakerP1PackV110, foodMakerP1PackV120 } from './food-maker-p1';
import { insuranceBranchP5Pack, insuranceBranchP5PackV100 } from './insurance-branch-p5';
import { retailChainP4Pack, retailChainP4PackV100, retailChainP4PackV110 } from './retail-chain-p4';
import { SEED001_PACKS } from './seed001-schemes';
import { SEED002_DOCUMENT_PACKS } from './seed002-documents';
import { seed001S10WineryPackV100, seed001S10WineryPackV110 } from './seed001-s10-winery';
import { seed001S14ProductCompanyPackV100 } from './seed001-s14-product-company';
import { seed001S15TaxDeviceServicePackV100 } from './seed001-s15-tax-device-service';
import { seed001S4ManufacturerPackV100, seed001S4ManufacturerPackV110 } from './seed001-s4-manufacturer';
import { seed002Doc11HeatSupplyPackV100, seed002Doc11HeatSupplyPackV110, seed002Doc11HeatSupplyPackV120 } from './seed002-doc11-heat-supply';
import { seed002Doc12CarDealerPackV100, seed002Doc12CarDealerPackV110 } from './seed002-doc12-car-dealer';
import { seed002Doc14FranchiseSalesPackV100, seed002Doc14FranchiseSalesPackV110, seed002Doc14FranchiseSalesPackV120 } from './seed002-doc14-franchise-sales';
import {
  seed002Doc6TestingStationPackV100,
  seed002Doc6TestingStationPackV110,
  seed002Doc6TestingStationPackV120,
  seed002Doc6TestingStationPackV130,
  seed002Doc6TestingStationPackV140,
} from './seed002-doc6-testing-station';
import { seed002Doc8PropertyPackV100, seed002Doc8PropertyPackV110, seed002Doc8PropertyPackV120 } from './seed002-doc8-property';
import { seed004DServiceCompanyPackV100, seed004DServiceCompanyPackV110, seed004DServiceCompanyPackV120 } from './seed004-d-service-company';
import { seed004EManufacturerPackV100 } from './seed004-e-manufacturer';
import { seed004FHomeMallPackV100 } from './seed004-f-home-mall';
import { seed004HCarDealerPackV100, seed004HCarDealerPackV110 } from './seed004-h-car-dealer';
import { seed004IPartsMakerPackV100 } from './seed004-i-parts-maker';
import { seed004JDomesticSales8dPackV100 } from './seed004-j-domestic-sales-8d';
import { seed004LSkodaDealerPackV100 } from './seed004-l-skoda-dealer';
import { seed004PGenericPackV100, seed004PGenericPackV110, seed004PGenericPackV120 } from './seed004-p-generic';
import { SEED004_PACKS } from './seed004-presets';
import { sichuanGroupP6Pack } from './sichuan-group-p6';

/** Every shipped rule pack, validated at load: a malformed pack fails loudly at start and in tests. */
export const SHIPPED_PACKS: readonly RulePack[] = [
  sichuanGroupP6Pack,
  insuranceBranchP5Pack,
  foodMakerP1Pack,
  retailChainP4Pack,
  bankOutletPack,
  ...SEED002_DOCUMENT_PACKS,
  ...SEED004_PACKS,
  ...SEED001_PACKS,
].map((pack) => rulePackSchema.parse(pack));

/**
 * Versions a newer shipped one replaced, still shipped so that a complaint keeps the version it was graded by
 * (the rule pack catalogue looks versions up in `SHIPPED_PACK_VERSIONS`).
 */
const RETIRED_PACK_VERSIONS: readonly RulePack[] = [
  seed002Doc14FranchiseSalesPackV100,
  seed002Doc14FranchiseSalesPackV110,
  foodMakerP1PackV100,
  seed002Doc6TestingStationPackV100,
  seed002Doc6TestingStationPackV110,
  seed002Doc6TestingStationPackV120,
  bankOutletPackV100,
  bankOutletPackV110,
  seed001S10WineryPackV100,
  seed001S10WineryPackV110,
  seed001S4ManufacturerPackV100,
  seed002Doc8PropertyPackV100,
  seed002Doc8PropertyPackV110,
  seed002Doc12CarDealerPackV100,
  seed002Doc11HeatSupplyPackV100,
  retailChainP4PackV100,
  seed004DServiceCompanyPackV100,
  seed004PGenericPackV100,
  // Before their routes (procedures/):
  seed004EManufacturerPackV100,
  seed004IPartsMakerPackV100,
  seed004HCarDealerPackV100,
  seed004LSkodaDealerPackV100,
  seed001S14ProductCompanyPackV100,
  insuranceBranchP5PackV100,
  foodMakerP1PackV110,
  seed001S15TaxDeviceServicePackV100,
  seed004FHomeMallPackV100,
  seed004JDomesticSales8dPackV100,
  seed004PGenericPackV110,
  // Before their record fields (record-fields.ts):
  seed002Doc12CarDealerPackV110,
  seed004HCarDealerPackV110,
  seed004DServiceCompanyPackV110,
  retailChainP4PackV110,
  seed002Doc6TestingStationPackV130,
  seed002Doc8PropertyPackV120,
  seed002Doc11HeatSupplyPackV110,
  // Before their side paths (side-paths/):
  seed002Doc11HeatSupplyPackV120,
  seed002Doc6TestingStationPackV140,
  // Before their approvals before the hand-over (issue 23: 篇1 4.4, §P 四 2、五 2):
  foodMakerP1PackV120,
  seed004PGenericPackV120,
  // Before their on-the-spot answer (issue 23: seed001 S4 6.2.2 a) 轻微, seed004 §D 第五条 三 咨询):
  seed001S4ManufacturerPackV110,
  seed004DServiceCompanyPackV120,
  // Before the restart at the next level after escalation (issue 23: 客户管理制度14 5.3.1.6):
  seed002Doc14FranchiseSalesPackV120,
].map((pack) => rulePackSchema.parse(pack));

/** Every shipped version: the newest of each pack and the retired ones. */
export const SHIPPED_PACK_VERSIONS: readonly RulePack[] = [...SHIPPED_PACKS, ...RETIRED_PACK_VERSIONS];

export function findPack(id: string): RulePack | undefined {
  return SHIPPED_PACKS.find((pack) => pack.id === id);
}
