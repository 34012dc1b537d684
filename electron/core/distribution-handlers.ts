import profilesJson from '../../data/distributions/profiles.json' with { type: 'json' };
import { type DistributionProfiles, distributionProfilesSchema } from '../../shared/distributions/profile-schema';
import { resolveDistributionProfiles } from '../../shared/distributions/resolve-profiles';
import type { ConformanceStore } from './conformance-store';
import type { Handlers } from './dispatch';

/** The distribution profiles, checked at build and again here: a broken file fails where it is read, naming the field. */
export function loadDistributionProfiles(): DistributionProfiles {
  return distributionProfilesSchema.parse(profilesJson);
}

/** Profiles with their certification read from the conformance data in use, which an import can replace. */
export function createDistributionHandlers(conformance: ConformanceStore): Pick<Handlers, 'getDistributionProfiles'> {
  // Read and checked on the first call, not at start: the first screen is the catalogue.
  let profiles: DistributionProfiles | undefined;
  return {
    getDistributionProfiles: async () => {
      profiles ??= loadDistributionProfiles();
      await conformance.load();
      return resolveDistributionProfiles(profiles, conformance.dataset());
    },
  };
}
