export const choices = {
  title: 'Choices',
};
