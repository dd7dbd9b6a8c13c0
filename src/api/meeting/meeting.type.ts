import { Field, ObjectType } from "type-graphql";
import { DatePrecision, MeetingStatus } from "../fact/fact.enums";
import { Fact } from "../fact/fact.type";
import { Connection } from "../pagination/connection.type";

@ObjectType({ implements: Fact, description: "Leaders or states meeting: a summit, talks, a visit." })
export class Meeting extends Fact {
  @Field(() => String, {
    nullable: true,
    description: "2023-09-13, or 2023-09 when only the month is known; null when undated.",
  })
  date!: string | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision!: DatePrecision | null;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: "English name of the city, when known." })
  city!: string | null;
}

@ObjectType({ description: "A page of meetings." })
export class MeetingConnection extends Connection("Meeting", Meeting) {}
