# syntax=docker/dockerfile:1
# The API with the built web app: `docker compose up` runs two of these behind one port.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/
RUN npm ci --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/app/.data
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/libs/domain/dist libs/domain/dist
COPY --from=build /app/dist dist
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# a larger young generation: a request's garbage dies young, and fewer scavenges cost ~20 % of a page's CPU (docs/performance.md)
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/main.js"]
