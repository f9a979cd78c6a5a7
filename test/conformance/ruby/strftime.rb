# frozen_string_literal: true
# Builds test/unit/fixtures/ruby-strftime.json: ruby test/conformance/ruby/strftime.rb > test/unit/fixtures/ruby-strftime.json
require "time"
require "json"
out = []
%w(UTC Europe/Paris America/Los_Angeles Asia/Tokyo).each do |tz|
  ENV["TZ"] = tz
  [0, 1401888479, 1419984000, 1420070399, 1388534400, 1230768000, 1262217600, 1293753600, 1451606399, 1704067200, 1735603200, 951782400, -86400, 1711846800, 1414891800].each do |e|
    t = Time.at(e)
    f = "%Y %C %y %m %-m %B %b %h %d %-d %e %j %-j %H %k %I %l %M %S %p %P %A %a %u %w %G %g %V %U %W %s %z %% %^a %^B %_m %0e %-y %Q"
    out << { "tz" => tz, "epoch" => e, "format" => f, "out" => t.strftime(f), "xml" => t.xmlschema }
  end
end
# Every month, afternoon hours, and the days around New Year whose ISO week belongs to the other
# year (leap and common years, centuries), with flags and widths on names and numbers; in UTC.
ENV["TZ"] = "UTC"
epochs = (1..12).map { |m| Time.utc(2014, m, 15, 15, 27, 59).to_i }
epochs += [Time.utc(2014, 6, 4, 0, 5, 0), Time.utc(2014, 6, 4, 11, 59, 59), Time.utc(2014, 6, 4, 12, 0, 0), Time.utc(-1, 6, 4, 12, 0, 0), Time.utc(-12, 1, 1, 0, 0, 0)].map(&:to_i)
[1901, 1905, 1999, 2000, 2001, 2004, 2005, 2009, 2010, 2011, 2016, 2021, 2022, 2027, 2099, 2100, 2101, 2400, 2401].each do |y|
  [[1, 1], [1, 2], [1, 3], [12, 29], [12, 30], [12, 31]].each { |m, d| epochs << Time.utc(y, m, d, 23, 0, 0).to_i }
end
f1 = "%Y %B %b %p %P %#p %I %l %G %g %V %U %W %j %u %w"
f2 = "%10A|%-10A|%010A|%^10b|%_3d|%-5H|%05e|%L|%N|%3N|%^p|%-I|%_I|%-l|%^a|%10B|%-j|%_j|%3u|%_5m|%-C|%-^10B|%^-10B|%-_5d|%_-5d|%0_3e|%_03e"
epochs.each do |e|
  t = Time.at(e)
  [f1, f2].each { |f| out << { "tz" => "UTC", "epoch" => e, "format" => f, "out" => t.strftime(f), "xml" => t.xmlschema } }
end
puts JSON.generate(out)
