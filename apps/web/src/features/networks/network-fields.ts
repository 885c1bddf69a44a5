/** The API's problems with a network's fields (create and edit), as each field words them. */
export const NETWORK_FIELDS = {
  name: 'networks:create.nameInvalid',
  description: 'networks:create.descriptionInvalid',
};
