-- A distinct search on every request, for a cold-query figure the results cache cannot answer: the district's
-- "Gia Viễn" with an exclusion of a word no item has (dropped from the match, so each is the same search's work
-- under a key never seen before). Each wrk thread numbers its own requests under its own prefix.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("prefix", "zq" .. string.char(96 + threads))
end

function init(args)
  counter = 0
end

function request()
  counter = counter + 1
  return wrk.format(nil, "/tim-kiem?q=Gia%20Vi%E1%BB%85n%20-" .. prefix .. counter)
end
