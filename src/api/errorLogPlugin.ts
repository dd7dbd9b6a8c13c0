import type { ApolloServerPlugin } from "@apollo/server";
import { isClientError } from "../errors";
import type { Context } from "./context";

/**
 * Logs every error that is not the client's (they are masked as INTERNAL_SERVER_ERROR in the
 * response) with the request id, and puts that id in the masked error, so that a user's report
 * leads to the log line.
 */
export function errorLogPlugin(log: (line: string) => void = console.error): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            log(`[${contextValue.request.id}] ${error.originalError?.stack ?? error.stack ?? error.message}`);
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === "INTERNAL_SERVER_ERROR")
              (error.extensions as Record<string, unknown>).requestId = contextValue.request.id;
          }
        },
      };
    },
  };
}
