# syntax=docker/dockerfile:1

# ---- build: compile TypeScript and native modules ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 has no reachable prebuilt binary in some networks; node-gyp then builds it from source.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev

# ---- runtime: only compiled output and production dependencies ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The web console's static files (npm run build makes them), served by the server at /.
COPY --from=build /app/console/dist ./console/dist
# Default SQLite location (data/volunteer.sqlite, relative to /app) must be writable by `node`.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
CMD ["node", "dist/server/src/main.js"]
