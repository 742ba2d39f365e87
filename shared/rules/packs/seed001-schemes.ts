import type { RulePackInput } from '../pack-schema';
import { seed001S10WineryPack } from './seed001-s10-winery';
import { seed001S14ProductCompanyPack } from './seed001-s14-product-company';
import { seed001S15TaxDeviceServicePack } from './seed001-s15-tax-device-service';
import { seed001S4ManufacturerPack } from './seed001-s4-manufacturer';
import { seed004MAccidentGradesPack } from './seed004-m-accident-grades';

/** Packs of seed001 S10, S4, S15, S14 and seed004 §M accident grading; one file per pack beside this one. */
export const SEED001_PACKS: readonly RulePackInput[] = [seed001S10WineryPack, seed001S4ManufacturerPack, seed001S15TaxDeviceServicePack, seed004MAccidentGradesPack, seed001S14ProductCompanyPack];
