import { gql } from '@apollo/client';

export const MUNICIPALITY_FIELDS = gql`
  fragment MunicipalityFields on Municipality {
    id
    code
    name
    country
  }
`;

export const SEARCH_MUNICIPALITIES = gql`
  query SearchMunicipalities($search: String) {
    municipalities(search: $search, limit: 20) {
      ...MunicipalityFields
    }
  }
  ${MUNICIPALITY_FIELDS}
`;

export const NETWORK_PAGE = gql`
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
  ${MUNICIPALITY_FIELDS}
`;

export const NETWORK_INVITATIONS = gql`
  query NetworkInvitations($id: ID!) {
    network(id: $id) {
      id
      invitations {
        id
        email
        role
        status
        expiresAt
        municipality {
          id
          name
        }
      }
    }
  }
`;

export const CREATE_NETWORK = gql`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
    }
  }
`;

export const UPDATE_NETWORK = gql`
  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {
    updateNetwork(id: $id, input: $input) {
      id
      name
      description
    }
  }
`;

export const ADD_MUNICIPALITY = gql`
  mutation AddMunicipality($networkId: ID!, $municipalityId: ID!) {
    addMunicipalityToNetwork(networkId: $networkId, municipalityId: $municipalityId) {
      id
    }
  }
`;

export const REMOVE_MUNICIPALITY = gql`
  mutation RemoveMunicipality($networkId: ID!, $municipalityId: ID!) {
    removeMunicipalityFromNetwork(networkId: $networkId, municipalityId: $municipalityId) {
      id
    }
  }
`;

export const INVITE_MEMBER = gql`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      link
      emailSent
    }
  }
`;

export const REVOKE_INVITATION = gql`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`;

export const RESEND_INVITATION = gql`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      link
      emailSent
      expiresAt
    }
  }
`;

export const CHANGE_MEMBER_ROLE = gql`
  mutation ChangeMemberRole($membershipId: ID!, $role: NetworkRole!, $municipalityId: ID) {
    changeMemberRole(membershipId: $membershipId, role: $role, municipalityId: $municipalityId) {
      id
      role
    }
  }
`;

export const REMOVE_MEMBER = gql`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId) {
      id
    }
  }
`;

export const LEAVE_NETWORK = gql`
  mutation LeaveNetwork($networkId: ID!) {
    leaveNetwork(networkId: $networkId)
  }
`;

export const INVITATION_PREVIEW = gql`
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
`;

export const ACCEPT_INVITATION = gql`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      networkId
    }
  }
`;

export interface Municipality {
  id: string;
  code: string;
  name: string;
  country: string;
}

export interface Member {
  id: string;
  role: 'COORDINATOR' | 'HEAD' | 'EDITOR' | 'VIEWER';
  createdAt: string;
  user: { id: string; displayName: string; email: string };
  municipality: { id: string; name: string } | null;
}

export interface NetworkPageData {
  network: {
    id: string;
    name: string;
    description: string | null;
    myRoles: string[];
    myMemberships: { id: string; role: Member['role']; municipality: { id: string } | null }[];
    municipalities: Municipality[];
    members: Member[];
  } | null;
}
