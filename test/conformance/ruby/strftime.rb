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
puts JSON.generate(out)
