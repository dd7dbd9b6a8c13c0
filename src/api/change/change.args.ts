import { ArgsType } from "type-graphql";
import { PageArgs } from "../pagination/page.args";

/** `first` (at most 100, like every list) and `after`, a cursor of an earlier page of the feed. */
@ArgsType()
export class ChangeArgs extends PageArgs {}
