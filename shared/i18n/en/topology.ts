export const topology = {
  title: 'HA topology and capacity',
};
