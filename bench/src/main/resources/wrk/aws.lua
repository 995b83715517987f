-- The benchmark's wrk script: AWS JSON 1.1 GetSecretValue or PutSecretValue requests, and a count of answers for each
-- second since a given moment (the server's process start), so one wrk run gives a warm-up curve.
-- Arguments (after --): OP (get|put) START_EPOCH_MS PREFIX N THREADS RUN
--   get: reads AWSCURRENT of PREFIX-0 .. PREFIX-(N-1) in turn (the benchmark creates them first)
--   put: each thread writes N new versions, with fresh ClientRequestTokens (RUN makes them unique), to each of its
--        own secrets PREFIX-t<thread>-0, -1, ... in turn, and creates them as it goes: the CreateSecret of a secret
--        is sent N+2 requests before the first write to it, so it has been answered by then (the benchmark creates
--        the first two of each thread). The curve counts every write (about one answer in N+1 is a CreateSecret).
-- done() prints one line "rotor-bench key=value ..." that the benchmark parses.
-- Latency: wrk's own percentiles (p50_us, p99_us) are corrected for coordinated omission: after the run wrk adds
-- synthetic samples for every latency longer than the expected interval between requests, so one stall of a closed
-- loop at 10,000 req/s adds hundreds of samples. For writes this script also measures each request exactly (exact_*):
-- the time from request() to the response() whose VersionId is the request's ClientRequestToken (PutSecretValue and
-- CreateSecret answer it so), in 10 us buckets up to 1 s plus an overflow bucket, merged over the threads in done().
-- exact_unmatched counts 200 answers whose VersionId matched no request sent (it should be 0).
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_usec; } rotor_timeval;
int gettimeofday(rotor_timeval *tv, void *tz);
typedef struct { long tv_sec; long tv_nsec; } rotor_timespec;
int clock_gettime(int clock, rotor_timespec *ts);
]]
local tv = ffi.new("rotor_timeval")
local ts = ffi.new("rotor_timespec")
local CLOCK_MONOTONIC = 1
local BUCKET_US = 10
local OVERFLOW = 100000 -- the bucket of latencies of 1 s and more

local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local function monotonic_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

local op, start_ms, prefix, n, nthreads, run
local sent = 0
ok = {}
failed = {}
-- the exact latencies of this thread's writes (read by done() through thread:get)
write_latency = {}
max_us = 0
unmatched = 0
local pending = {} -- send time by ClientRequestToken

function init(args)
  op, start_ms, prefix = args[1], tonumber(args[2]), args[3]
  n, nthreads, run = tonumber(args[4]), tonumber(args[5]), tonumber(args[6])
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
  wrk.headers["X-Amz-Target"] = "secretsmanager.GetSecretValue"
  -- SigV4-shaped: moto routes on the region in the credential scope; neither server checks the signature.
  wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/secretsmanager/"
      .. "aws4_request, SignedHeaders=content-type;host;x-amz-target, Signature=0000000000000000"
end

local function token()
  return string.format("%08x-%04x-4000-8000-%012x", run, id, sent)
end

local function value()
  return '"{\\"username\\":\\"app\\",\\"password\\":\\"' .. token() .. '\\"}"'
end

-- the put sequence of a thread: blocks of [N writes to k, create k+2] for k = 0, 1, ... (the benchmark creates
-- secrets 0 and 1 of each thread before it starts wrk). The first request is a write: wrk calls request() once before
-- the run to check the script, and drops that request (a dropped CreateSecret would fail all writes to its secret).
local function write_request()
  local position = sent - 1
  local block, offset = math.floor(position / (n + 1)), position % (n + 1)
  local create = offset == n
  local secret = create and block + 2 or block
  local name = prefix .. "-t" .. id .. "-" .. secret
  pending[token()] = monotonic_us()
  if create then
    wrk.headers["X-Amz-Target"] = "secretsmanager.CreateSecret"
    return wrk.format(nil, nil, nil, '{"Name":"' .. name .. '","ClientRequestToken":"' .. token()
        .. '","SecretString":' .. value() .. '}')
  end
  wrk.headers["X-Amz-Target"] = "secretsmanager.PutSecretValue"
  return wrk.format(nil, nil, nil, '{"SecretId":"' .. name .. '","ClientRequestToken":"' .. token()
      .. '","SecretString":' .. value() .. '}')
end

function request()
  sent = sent + 1
  if op == "put" then
    return write_request()
  end
  local secret = prefix .. "-" .. (((sent - 1) * nthreads + id - 1) % n)
  return wrk.format(nil, nil, nil, '{"SecretId":"' .. secret .. '"}')
end

local function record_latency(body, now)
  local version = string.match(body, '"VersionId"%s*:%s*"([^"]+)"')
  local sent_at = version and pending[version]
  if not sent_at then
    unmatched = unmatched + 1
    return
  end
  pending[version] = nil
  local us = now - sent_at
  local bucket = math.min(math.floor(us / BUCKET_US), OVERFLOW)
  write_latency[bucket] = (write_latency[bucket] or 0) + 1
  if us > max_us then max_us = us end
end

function response(status, headers, body)
  local now = monotonic_us()
  local second = math.floor((now_ms() - start_ms) / 1000)
  if status == 200 then
    ok[second] = (ok[second] or 0) + 1
    if op == "put" then record_latency(body, now) end
  else
    failed[second] = (failed[second] or 0) + 1
  end
end

-- the exact latency percentiles (us) of the merged buckets: a bucket's upper edge, at most the maximum
local function exact_percentiles(buckets, total, max, fractions)
  local keys = {}
  for bucket in pairs(buckets) do table.insert(keys, bucket) end
  table.sort(keys)
  local results, seen, k = {}, 0, 1
  for _, bucket in ipairs(keys) do
    seen = seen + buckets[bucket]
    while k <= #fractions and seen >= math.ceil(fractions[k] * total) do
      results[k] = math.floor(bucket == OVERFLOW and max or math.min((bucket + 1) * BUCKET_US, max))
      k = k + 1
    end
  end
  for i = k, #fractions do results[i] = 0 end
  return results
end

function done(summary, latency, requests)
  local okSum, failedSum, last = {}, {}, -1
  local buckets, answers, missing, max = {}, 0, 0, 0
  for _, thread in ipairs(threads) do
    for bucket, n in pairs(thread:get("write_latency")) do
      buckets[bucket] = (buckets[bucket] or 0) + n
      answers = answers + n
    end
    missing = missing + thread:get("unmatched")
    max = math.max(max, thread:get("max_us"))
    for second, n in pairs(thread:get("ok")) do
      okSum[second] = (okSum[second] or 0) + n
      if second > last then last = second end
    end
    for second, n in pairs(thread:get("failed")) do
      failedSum[second] = (failedSum[second] or 0) + n
      if second > last then last = second end
    end
  end
  local ok_list, failed_list = {}, {}
  for second = 0, last do
    table.insert(ok_list, tostring(okSum[second] or 0))
    table.insert(failed_list, tostring(failedSum[second] or 0))
  end
  local e = summary.errors
  local exact = exact_percentiles(buckets, answers, max, { 0.5, 0.99, 0.999 })
  io.write(string.format("rotor-bench requests=%d duration_us=%d p50_us=%d p99_us=%d socket_errors=%d"
      .. " exact_answers=%d exact_unmatched=%d exact_p50_us=%d exact_p99_us=%d exact_p999_us=%d exact_max_us=%d"
      .. " ok_per_second=%s failed_per_second=%s\n", summary.requests, summary.duration, latency:percentile(50),
      latency:percentile(99), e.connect + e.read + e.write + e.timeout, answers, missing, exact[1], exact[2],
      exact[3], math.floor(max), table.concat(ok_list, ","), table.concat(failed_list, ",")))
end
