import { matchMembers, mentionQueryAt, uniqueMembers } from './mentions';

const members = [
  { id: '1', displayName: 'Åsa Öberg' },
  { id: '2', displayName: 'Eva Ek' },
  { id: '3', displayName: 'Erik Ekström' },
];

describe('mentions', () => {
  it('finds the @word before the caret', () => {
    expect(mentionQueryAt('Hej @Ev', 7)).toEqual({ start: 4, query: 'Ev' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail@example', 12)).toBeNull();
    expect(mentionQueryAt('Hej @Eva ', 9)).toBeNull();
  });

  it('matches any word of the name, ignoring case and accents', () => {
    expect(matchMembers(members, 'ek').map((m) => m.id)).toEqual(['2', '3']);
    expect(matchMembers(members, 'oberg').map((m) => m.id)).toEqual(['1']);
    expect(matchMembers(members, '')).toHaveLength(3);
  });

  it('lists a person once', () => {
    expect(uniqueMembers([{ user: members[1] }, { user: members[1] }, { user: members[0] }], 'en')).toEqual([
      members[0],
      members[1],
    ]);
  });
});
