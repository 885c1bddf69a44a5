import { useQuery } from '@apollo/client/react';
import { graphql } from '../graphql/graphql';

const MY_ROLES = graphql(`
  query MyRoles {
    networks {
      id
      name
      myRoles
    }
  }
`);

/**
 * The networks I coordinate: a set imported from the web becomes one of theirs (the API's rule;
 * national sets are published by operators). `undefined` while it is not known yet.
 */
export function useCoordinatedNetworks(): { id: string; name: string }[] | undefined {
  const { data } = useQuery(MY_ROLES);
  return data?.networks.filter((n) => n.myRoles.includes('COORDINATOR'));
}

/** Import controls are shown to coordinators only. `undefined` while it is not known yet. */
export function useMayImport(): boolean | undefined {
  const networks = useCoordinatedNetworks();
  return networks && networks.length > 0;
}
