import type { RulePackInput } from '../pack-schema';
import { seed002Doc11HeatSupplyPack } from './seed002-doc11-heat-supply';
import { seed002Doc12CarDealerPack } from './seed002-doc12-car-dealer';
import { seed002Doc14FranchiseSalesPack } from './seed002-doc14-franchise-sales';
import { seed002Doc6TestingStationPack } from './seed002-doc6-testing-station';
import { seed002Doc8PropertyPack } from './seed002-doc8-property';

/** Packs of seed002 客户管理制度 6, 8, 11, 12 and 14; one file per pack beside this one. */
export const SEED002_DOCUMENT_PACKS: readonly RulePackInput[] = [
  seed002Doc6TestingStationPack,
  seed002Doc8PropertyPack,
  seed002Doc11HeatSupplyPack,
  seed002Doc12CarDealerPack,
  seed002Doc14FranchiseSalesPack,
];
