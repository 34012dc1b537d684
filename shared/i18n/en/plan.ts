export const plan = {
  title: 'Deployment plan',
};
