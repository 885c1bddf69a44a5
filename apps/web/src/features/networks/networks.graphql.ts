import { graphql, type ResultOf } from '../../graphql/graphql';

export const MUNICIPALITY_FIELDS = graphql(`
  fragment MunicipalityFields on Municipality {
    id
    code
    name
    country
  }
`);

export const SEARCH_MUNICIPALITIES = graphql(
  `
    query SearchMunicipalities($search: String) {
      municipalities(search: $search, limit: 20) {
        ...MunicipalityFields
      }
    }
  `,
  [MUNICIPALITY_FIELDS],
);

export const NETWORK_PAGE = graphql(
  `
    query NetworkPage($id: ID!) {
      network(id: $id) {
        id
        name
        description
        myRoles
        myMemberships {
          id
          role
          municipality {
            id
            name
          }
        }
        municipalities {
          ...MunicipalityFields
        }
        members {
          id
          role
          createdAt
          user {
            id
            displayName
            email
          }
          municipality {
            id
            name
          }
        }
      }
    }
  `,
  [MUNICIPALITY_FIELDS],
);

export const NETWORK_INVITATIONS = graphql(`
  query NetworkInvitations($id: ID!) {
    network(id: $id) {
      id
      invitations {
        id
        email
        role
        status
        expiresAt
        mailStatus
        mailFailedAt
        municipality {
          id
          name
        }
      }
    }
  }
`);

export const CREATE_NETWORK = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
    }
  }
`);

export const UPDATE_NETWORK = graphql(`
  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {
    updateNetwork(id: $id, input: $input) {
      id
      name
      description
    }
  }
`);

export const ADD_MUNICIPALITY = graphql(`
  mutation AddMunicipality($networkId: ID!, $municipalityId: ID!) {
    addMunicipalityToNetwork(networkId: $networkId, municipalityId: $municipalityId) {
      id
    }
  }
`);

export const REMOVE_MUNICIPALITY = graphql(`
  mutation RemoveMunicipality($networkId: ID!, $municipalityId: ID!) {
    removeMunicipalityFromNetwork(networkId: $networkId, municipalityId: $municipalityId) {
      id
    }
  }
`);

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      link
      mailStatus
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

export const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      link
      mailStatus
      mailFailedAt
      expiresAt
    }
  }
`);

export const CHANGE_MEMBER_ROLE = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: NetworkRole!, $municipalityId: ID) {
    changeMemberRole(membershipId: $membershipId, role: $role, municipalityId: $municipalityId) {
      id
      role
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId) {
      id
    }
  }
`);

export const LEAVE_NETWORK = graphql(`
  mutation LeaveNetwork($networkId: ID!) {
    leaveNetwork(networkId: $networkId)
  }
`);

export const INVITATION_PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      networkName
      role
      status
      expiresAt
      invitedBy
      municipality {
        id
        name
      }
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      networkId
    }
  }
`);

export type Municipality = ResultOf<typeof MUNICIPALITY_FIELDS>;
export type NetworkPageNetwork = NonNullable<ResultOf<typeof NETWORK_PAGE>['network']>;
export type Member = NetworkPageNetwork['members'][number];

export const DECLINE_INVITATION = graphql(`
  mutation DeclineInvitation($token: String!) {
    declineInvitation(token: $token) {
      email
      status
    }
  }
`);
