# The newsgraph API. Built and run by docker-compose.yml next to neo4j:5.26-community.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY bench ./bench
COPY bin ./bin
# The explorer and the playground, built by `npm run build` (vite) into dist/web.
COPY web ./web
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY cypher ./cypher
COPY schema ./schema
EXPOSE 4000
USER node
CMD ["node", "bin/newsgraph.js", "serve"]
