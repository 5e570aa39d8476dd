import type { TopCategorySeed } from '../types.ts'
import { APPLIANCES } from './categories/appliances.ts'
import { CLEANING } from './categories/cleaning.ts'
import { COMPUTERS } from './categories/computers.ts'
import { FARM_PRODUCE } from './categories/farm.ts'
import { FOOD_DRINK } from './categories/food-drink.ts'
import { FURNITURE } from './categories/furniture.ts'
import { HARDWARE, SAFETY } from './categories/hardware.ts'
import { MEDICAL_DEVICES, MEDICAL_SUPPLIES } from './categories/medical.ts'
import { NETWORK, SECURITY } from './categories/network.ts'
import { OFFICE_EQUIPMENT } from './categories/office-equipment.ts'
import { OFFICE_SUPPLIES } from './categories/office-supplies.ts'
import { SOFTWARE } from './categories/software.ts'
import { SPORTS } from './categories/sports.ts'
import { STATIONERY } from './categories/stationery.ts'

/**
 * The three-level catalogue of what government units buy, in the order the app lists it.
 * Leaves are written in the compact notation described in ./categories/build.ts.
 */
export const CATALOGUE: readonly TopCategorySeed[] = [
  COMPUTERS,
  OFFICE_EQUIPMENT,
  OFFICE_SUPPLIES,
  STATIONERY,
  APPLIANCES,
  FURNITURE,
  NETWORK,
  SECURITY,
  SOFTWARE,
  CLEANING,
  HARDWARE,
  SAFETY,
  MEDICAL_SUPPLIES,
  MEDICAL_DEVICES,
  FARM_PRODUCE,
  FOOD_DRINK,
  SPORTS,
]
