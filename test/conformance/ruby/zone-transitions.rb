# frozen_string_literal: true
# Builds test/unit/fixtures/ruby-zone-transitions.json from real Ruby: the UTC offset Ruby's
# Time#localtime gives around changes of offset that do not fall on a quarter hour of UTC (the
# end of local mean time, changes at 00:01 local), and what Jekyll's Utils.parse_date
# (Time.parse(input).localtime) makes of the wall times around them.
#
#   ruby test/conformance/ruby/zone-transitions.rb > test/unit/fixtures/ruby-zone-transitions.json
require "time"
require "json"

# Zone, and a UTC day in which it changes offset. (Not Europe/Amsterdam: Node's ICU data makes it
# an alias of Brussels, whose history differs before 1970; the system tzdata Ruby reads does not.)
WINDOWS = [
  ["Europe/Paris", "1911-03-10"],
  ["America/St_Johns", "2010-03-14"],
  ["America/St_Johns", "2010-11-07"],
  ["America/St_Johns", "1917-04-08"],
  ["Africa/Monrovia", "1972-01-07"],
  ["Europe/Dublin", "1916-05-21"],
  ["Asia/Kolkata", "1941-10-01"],
].freeze

def offset_at(t)
  Time.at(t).localtime.utc_offset
end

def changes(from, to)
  found = []
  t = from
  while t < to
    if offset_at(t) != offset_at(t + 3600)
      lo = t
      hi = t + 3600
      while hi - lo > 1
        mid = (lo + hi) / 2
        if offset_at(mid) == offset_at(lo) then lo = mid else hi = mid end
      end
      found << hi
    end
    t += 3600
  end
  found
end

offsets = []
parses = []
WINDOWS.each do |zone, day|
  ENV["TZ"] = zone
  start = Time.utc(*day.split("-").map(&:to_i)).to_i - 86_400
  changes(start, start + 3 * 86_400).each do |change|
    quarter = change - change % 900
    (quarter - 900).step(quarter + 1800, 30).each { |t| offsets << { "zone" => zone, "epochSeconds" => t, "offset" => offset_at(t) } }
    [change - 1, change].each { |t| offsets << { "zone" => zone, "epochSeconds" => t, "offset" => offset_at(t) } }
    [-300, -30, 0, 30, 300].each do |d|
      input = Time.at(change + d).localtime.strftime("%Y-%m-%d %H:%M:%S")
      t = Time.parse(input).localtime
      parses << { "zone" => zone, "input" => input, "epochSeconds" => t.to_i, "offsetMinutes" => t.utc_offset / 60, "iso" => t.iso8601 }
    end
    # The wall clock as it would have read without the change: a time skipped, or one that happens twice.
    [30, 300].each do |d|
      input = Time.at(change + d).getlocal(offset_at(change - 1)).strftime("%Y-%m-%d %H:%M:%S")
      t = Time.parse(input).localtime
      parses << { "zone" => zone, "input" => input, "epochSeconds" => t.to_i, "offsetMinutes" => t.utc_offset / 60, "iso" => t.iso8601 }
    end
  end
end

puts JSON.pretty_generate({
  "generatedBy" => "test/conformance/ruby/zone-transitions.rb",
  "ruby" => RUBY_DESCRIPTION,
  "offsets" => offsets,
  "parses" => parses.uniq,
})
