import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Who published an article: one per registrable domain." })
export class Outlet {
  @Field({ description: 'The registrable domain of the article\'s URL ("bbc.co.uk"), else its source in lower case.' })
  domain!: string;

  @Field({ description: "The source as the first article from it named it, else the domain." })
  name!: string;
}
