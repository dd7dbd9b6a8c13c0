import { Field, ObjectType } from "type-graphql";
import { Country } from "../country/country.type";
import { Organization } from "../organization/organization.type";

@ObjectType({ description: "An office a leader holds, as articles name it." })
export class Role {
  @Field({ description: "Normalised English title, e.g. Foreign Minister." })
  title!: string;

  @Field(() => Country, {
    nullable: true,
    description: "The country the role is held for; null for an organization's office.",
  })
  country!: Country | null;

  @Field(() => Organization, { nullable: true, description: "The organization the role is held for, if any." })
  organization!: Organization | null;
}
