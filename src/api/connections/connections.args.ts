import { ArgsType, Field, Int } from "type-graphql";
import { maxHopsLimit } from "../../graph/connections";

@ArgsType()
export class ConnectionsArgs {
  @Field({ description: "A country (code or any name), leader (any spelling) or organization." })
  from!: string;

  @Field({ description: "Another actor, named the same ways." })
  to!: string;

  @Field(() => Int, { defaultValue: 3, description: `The most hops a path may have, 1 to ${maxHopsLimit}.` })
  maxHops!: number;
}
