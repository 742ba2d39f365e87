import type { RulePackInput } from '../pack-schema';
import { seed004DServiceCompanyPack } from './seed004-d-service-company';
import { seed004EManufacturerPack } from './seed004-e-manufacturer';
import { seed004FHomeMallPack } from './seed004-f-home-mall';
import { seed004HCarDealerPack } from './seed004-h-car-dealer';
import { seed004IPartsMakerPack } from './seed004-i-parts-maker';
import { seed004JDomesticSales8dPack } from './seed004-j-domestic-sales-8d';
import { seed004LSkodaDealerPack } from './seed004-l-skoda-dealer';
import { seed004PGenericPack } from './seed004-p-generic';

/** Packs of seed004 presets D, E, F, J, I, H, L, P (severity presets of seed004.md Implications); one file per pack beside this one. */
export const SEED004_PACKS: readonly RulePackInput[] = [
  seed004DServiceCompanyPack,
  seed004EManufacturerPack,
  seed004JDomesticSales8dPack,
  seed004IPartsMakerPack,
  seed004HCarDealerPack,
  seed004PGenericPack,
  seed004FHomeMallPack,
  seed004LSkodaDealerPack,
];
