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
 * Importing to the shared catalogue is for coordinators of any network (the API's rule); the
 * web shows import controls only to them. `undefined` while it is not known yet.
 */
export function useMayImport(): boolean | undefined {
  const networks = useCoordinatedNetworks();
  return networks ? networks.length > 0 : undefined;
}

/** The networks I coordinate (where I may start a round); `undefined` while not known yet. */
export function useCoordinatedNetworks(): { id: string; name: string }[] | undefined {
  const { data } = useQuery(MY_ROLES);
  return data?.networks.filter((n) => n.myRoles.includes('COORDINATOR'));
}
