import profilesJson from '../../data/distributions/profiles.json' with { type: 'json' };
import { type DistributionProfiles, distributionProfilesSchema } from '../../shared/distributions/profile-schema';
import { resolveDistributionProfiles } from '../../shared/distributions/resolve-profiles';
import type { ConformanceStore } from './conformance-store';
import type { Handlers } from './dispatch';
import { parsedOnFirstUse } from '../../shared/data-files/parsed-on-first-use';

/**
 * The distribution profiles, checked at build and again here, once, on first use: a broken file
 * fails where it is read, naming the field.
 */
export const loadDistributionProfiles = parsedOnFirstUse((): DistributionProfiles => distributionProfilesSchema.parse(profilesJson));

/** Profiles with their certification read from the conformance data in use, which an import can replace. */
export function createDistributionHandlers(conformance: ConformanceStore): Pick<Handlers, 'getDistributionProfiles'> {
  return {
    getDistributionProfiles: async () => {
      const profiles = loadDistributionProfiles();
      await conformance.load();
      return resolveDistributionProfiles(profiles, conformance.dataset());
    },
  };
}
