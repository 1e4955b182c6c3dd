import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ServiceCategory } from '../code-lists/service-category';
import { TeamComposition } from '../teams/team-composition';
import { Volunteer } from '../volunteers/volunteer.entity';

@ObjectType({
  description: 'A team the assistant proposes; nothing is saved: create it with createServiceTeam.',
})
export class ProposedTeam {
  @Field(() => ID, { description: 'The unit to create the team in: all its members belong to it.' })
  unitId: number;

  @Field(() => [Volunteer], { description: 'One union cadre, or two when the unit has cadres to spare.' })
  cadres: Volunteer[];

  @Field(() => [Volunteer])
  volunteers: Volunteer[];

  @Field(() => [ServiceCategory], { description: 'Needed categories some member of the team offers.' })
  covers: ServiceCategory[];

  @Field(() => TeamComposition)
  composition: TeamComposition;
}

@ObjectType({
  description:
    'Teams proposed from the free volunteers of a unit and the units under it, meeting the 7–10 + 1–2 ' +
    'rule and covering the categories of the open needs at the sites paired with them.',
})
export class TeamFormationProposal {
  @Field(() => [ProposedTeam])
  teams: ProposedTeam[];

  @Field(() => [ServiceCategory], { description: 'Needed categories no proposed team covers.' })
  uncovered: ServiceCategory[];

  @Field(() => Int, {
    description: 'Free volunteers (cadres included) the proposal leaves out of every team.',
  })
  unplacedVolunteers: number;
}
