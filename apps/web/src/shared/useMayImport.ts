import { useQuery } from '@apollo/client/react';
import { graphql } from '../graphql/graphql';

const MY_ROLES = graphql(`
  query MyRoles {
    networks {
      id
      myRoles
    }
  }
`);

/**
 * Importing to the shared catalogue is for coordinators of any network (the API's rule); the
 * web shows import controls only to them. `undefined` while it is not known yet.
 */
export function useMayImport(): boolean | undefined {
  const { data } = useQuery(MY_ROLES);
  return data ? data.networks.some((n) => n.myRoles.includes('COORDINATOR')) : undefined;
}
